"""Languages: the six UN languages, core (non-Qt) message catalogues."""

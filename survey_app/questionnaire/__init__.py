"""The questionnaire format: YAML files parsed once into frozen typed models."""

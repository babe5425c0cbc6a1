"""PDF documents: the submission (`submission`), and the pieces any PDF of the application reuses.

fonts       the shipped fonts, found and registered once, each read when first needed
text        user text -> flowables: escaping, font runs per script, Arabic shaping and bidi lines
layout      one-pass page layout: "Page X of Y", table of contents numbers, headings with bookmarks
styles      paragraph styles, mirrored for right-to-left
answers     questions and answers of every item type (tables for repeating groups)
attachment  the embedded JSON copy and its SHA-256; attachment_reader reads it back (pdf_walk walks
            the PDF's objects within limits), reimport turns it into a new response
"""

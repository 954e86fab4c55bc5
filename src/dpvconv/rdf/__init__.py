"""Policies as linked data: the mapping from the schema to RDF terms, the writers (triples, JSON-LD,
SHACL shapes, the output formats), and the readers (RDF, JSON-LD and web pages; RDF back to a policy)."""

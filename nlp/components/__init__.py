"""spaCy components of the portwatch pipeline, registered with @Language.factory on import."""

from nlp.components import context, gazetteer, quantities, seizures, structure  # noqa: F401

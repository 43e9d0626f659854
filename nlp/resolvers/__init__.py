"""Resolvers of a seizure fact's fields (port, country, date, agencies, concealment, origin); `CreditResolver`
composes the agency and country resolvers, since a figure's credit and its country each need the other.

Each resolver is built once from the gazetteer and cue data and keeps no per-document state: everything that
belongs to one document travels in a `DocContext` the fact assembler builds at the start of each document and
passes explicitly, with the spaCy doc and the candidate figure."""

from nlp.resolvers.agencies import AgencyResolver
from nlp.resolvers.context import Candidate, DocContext
from nlp.resolvers.countries import CountryResolver
from nlp.resolvers.credit import CreditResolver
from nlp.resolvers.dates import DateResolver
from nlp.resolvers.ports import PortResolver
from nlp.resolvers.shipment import ConcealmentResolver, OriginResolver

__all__ = ["AgencyResolver", "Candidate", "ConcealmentResolver", "CountryResolver", "CreditResolver", "DateResolver", "DocContext",
           "OriginResolver", "PortResolver"]

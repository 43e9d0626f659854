"""portwatch: crawl news about drug seizures at sea ports, extract facts, publish them."""

__version__ = "0.1.0"

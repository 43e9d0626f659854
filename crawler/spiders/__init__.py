"""Spiders, one per kind of source; they share the article path in `base.SourceSpider`."""

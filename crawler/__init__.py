"""The Scrapy project: source catalogue, spiders, politeness settings and pipelines.

It hands articles to `db` for storage and never imports `nlp` or spaCy.
"""

"""All Scrapy settings for portwatch: polite defaults, size and time limits, our middlewares.

The CLI passes run-specific values (database, catalogue, allowed hosts) as setting overrides.
"""

from importlib.metadata import PackageNotFoundError, version

try:  # the installed distribution's version; crawler/ does not import the portwatch package
    __version__ = version("portwatch")
except PackageNotFoundError:  # a bare checkout that was never installed
    __version__ = "0"

BOT_NAME = "portwatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

CONTACT_URL = "https://github.com/portwatch/portwatch"
USER_AGENT = f"portwatch/{__version__} (+{CONTACT_URL}; news monitor of drug seizures at ports)"

# Politeness (issue #3): robots.txt, AutoThrottle, at most 2 requests at once per domain.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False

# Retries with backoff for server errors and timeouts; limits on size and time.
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True
REDIRECT_MAX_TIMES = 5

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.HostGuardMiddleware": 50,
    "crawler.middlewares.IncrementalMiddleware": 60,
    "crawler.middlewares.BackoffMiddleware": 70,
    # robots.txt kept in the database and revalidated conditionally (crawler/robots.py), in Scrapy's place
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.robots.CachedRobotsTxtMiddleware": 100,
}
# Seconds a kept robots.txt is obeyed without asking; older, it is asked again conditionally (RFC 9309: 24 h).
PORTWATCH_ROBOTS_MAX_AGE = 24 * 3600
# Seconds before the first retry, doubled for each further one (RetryMiddleware itself retries at once).
PORTWATCH_RETRY_BACKOFF = 1.0
PORTWATCH_RETRY_BACKOFF_MAX = 60.0
ITEM_PIPELINES = {"crawler.pipelines.StorePipeline": 300}

# The HTTP cache would hide conditional requests; portwatch keeps validators in its database.
HTTPCACHE_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

# Set by the CLI for each run.
PORTWATCH_DB = "portwatch.db"
PORTWATCH_SOURCES = None
PORTWATCH_ALLOW_HOSTS = []
PORTWATCH_ONLY = []
PORTWATCH_RUN_ID = 0
# Where Google News article links are resolved to publisher URLs (tests point it at a local fake).
PORTWATCH_GNEWS_BASE = "https://news.google.com"
# False: store raw pages only and read title/text at extraction time (faster crawls).
PORTWATCH_READ_ARTICLES = True

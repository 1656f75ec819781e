"""gunicorn configuration of the portal's app servers: `gunicorn -c gunicorn.conf.py`.

Every value can be overridden from the environment (listed in .env.example). App servers are
stateless (PostgreSQL, Redis and S3 hold the state), so a deployment runs N of them behind a
load balancer; see docs/produksi.md.
"""

import multiprocessing
import os

wsgi_app = "portal.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Sync workers: pages come from the cache, renders are CPU-bound; 2 × cores + 1 by default.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# A request slower than this is killed (the S3 and database clients time out well before).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then (with jitter, so they do not restart together) against slow
# leaks. Rarely: a restart costs its worker's next requests a fresh process, and at 2,000 a
# worker recycled every few seconds under load (cached pages come at thousands per second),
# which showed as p99 spikes; 100,000 is still hourly at a busy day's rate.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "100000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "10000"))
# The load balancer terminates TLS and sets X-Forwarded-*; trust it only from these addresses.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
# Load the application before forking: less memory, and a broken configuration fails at start.
preload_app = True
# gunicorn's control socket defaults to one path per user, which a second app server on the
# same host would take over: off unless a path is given (one per server).
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket

"""The client address that django-axes counts failed logins against (AXES_CLIENT_IP_CALLABLE).

Behind the load balancer every request's REMOTE_ADDR is the balancer itself, so one attacker
would lock everybody out. X-Forwarded-For is believed only when the socket peer is one of the
trusted proxies (PORTAL_PROXY_TEPERCAYA, CIDR list): then the client is the right-most address
the proxies did not add themselves. Anything further left is whatever the client sent, and a
request straight from the internet cannot choose its address by sending the header.
django-ipware's trusted-proxy list matches addresses inside the header, not the socket peer,
which is why this is a dozen lines of our own instead.
"""

import ipaddress

from django.conf import settings


def _jaringan_tepercaya():
    return [ipaddress.ip_network(cidr, strict=False) for cidr in settings.PORTAL_PROXY_TEPERCAYA]


def _tepercaya(alamat, jaringan):
    try:
        ip = ipaddress.ip_address(alamat)
    except ValueError:
        return False
    return any(ip in net for net in jaringan)


def alamat_klien(request):
    peer = request.META.get("REMOTE_ADDR", "")
    jaringan = _jaringan_tepercaya()
    if not jaringan or not _tepercaya(peer, jaringan):
        return peer
    diteruskan = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for alamat in reversed([a for a in diteruskan if a]):
        if not _tepercaya(alamat, jaringan):
            try:
                return str(ipaddress.ip_address(alamat))
            except ValueError:
                return peer
    return peer

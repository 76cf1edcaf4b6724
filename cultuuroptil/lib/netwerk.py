"""The laptop's address on the venue network, read from its own network interfaces.

Never by connecting somewhere (the usual UDP trick needs a route out, and a venue network
may have none): `ifaddr` lists the interfaces, we keep the IPv4 addresses others can reach.
"""

import ipaddress
from collections.abc import Iterable

import ifaddr

# Virtual bridges of containers and virtual machines: not reachable from the room.
VIRTUELE_ADAPTERS = ("docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "utun", "tailscale")


def lan_adressen(adapters: Iterable[ifaddr.Adapter] | None = None) -> list[str]:
    """IPv4 addresses on this machine's interfaces that another laptop in the room can reach:
    private ranges (192.168/16, 10/8, 172.16/12) first, then others; never loopback,
    link-local (169.254/16, no DHCP) or a container bridge. Pass `adapters` to test."""
    if adapters is None:
        adapters = ifaddr.get_adapters()
    gevonden: list[ipaddress.IPv4Address] = []
    for adapter in adapters:
        naam = (adapter.nice_name or adapter.name or "").lower()
        if naam.startswith(VIRTUELE_ADAPTERS):
            continue
        for ip in adapter.ips:
            if not ip.is_IPv4:
                continue
            adres = ipaddress.IPv4Address(ip.ip)
            if adres.is_loopback or adres.is_link_local or adres.is_unspecified:
                continue
            if adres not in gevonden:
                gevonden.append(adres)
    # Home and venue routers hand out 192.168.x.x most; list those first.
    volgorde = [ipaddress.IPv4Network("192.168.0.0/16"), ipaddress.IPv4Network("10.0.0.0/8")]
    return [
        str(a)
        for a in sorted(
            gevonden,
            key=lambda a: next(
                (i for i, n in enumerate(volgorde) if a in n), 2 + (not a.is_private)
            ),
        )
    ]

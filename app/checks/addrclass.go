package checks

import "net/netip"

// addrRange is a special-purpose address block and why it is not public.
type addrRange struct {
	prefix netip.Prefix
	class  string
}

// specialRanges lists the IANA special-purpose blocks (RFC 6890 and its
// registries) and cloud metadata addresses that a callback must never point
// at. More specific entries come first so the class names the most precise
// reason.
var specialRanges = func() []addrRange {
	table := []struct{ cidr, class string }{
		// Cloud metadata endpoints (AWS/GCP/Azure, AWS ECS, Alibaba, AWS IPv6).
		{"169.254.169.254/32", "metadata"},
		{"169.254.170.2/32", "metadata"},
		{"100.100.100.200/32", "metadata"},
		{"fd00:ec2::254/128", "metadata"},
		// IPv4.
		{"0.0.0.0/8", "unspecified"},
		{"10.0.0.0/8", "private"},
		{"100.64.0.0/10", "cgnat"},
		{"127.0.0.0/8", "loopback"},
		{"169.254.0.0/16", "link-local"},
		{"172.16.0.0/12", "private"},
		{"192.0.0.0/24", "reserved"},
		{"192.0.2.0/24", "documentation"},
		{"192.88.99.0/24", "reserved"},
		{"192.168.0.0/16", "private"},
		{"198.18.0.0/15", "benchmarking"},
		{"198.51.100.0/24", "documentation"},
		{"203.0.113.0/24", "documentation"},
		{"224.0.0.0/4", "multicast"},
		{"240.0.0.0/4", "reserved"}, // includes the broadcast address 255.255.255.255
		// IPv6 (IPv4-mapped addresses are unmapped before the lookup).
		{"::/128", "unspecified"},
		{"::1/128", "loopback"},
		{"::/96", "reserved"}, // IPv4-compatible, deprecated
		{"64:ff9b:1::/48", "reserved"},
		{"100::/64", "reserved"}, // discard-only
		{"2001:db8::/32", "documentation"},
		{"2001::/23", "reserved"}, // IETF protocol assignments, Teredo
		{"3fff::/20", "documentation"},
		{"5f00::/16", "reserved"}, // SRv6 SIDs
		{"fc00::/7", "unique-local"},
		{"fe80::/10", "link-local"},
		{"fec0::/10", "reserved"}, // site-local, deprecated
		{"ff00::/8", "multicast"},
	}
	out := make([]addrRange, len(table))
	for i, r := range table {
		out[i] = addrRange{netip.MustParsePrefix(r.cidr), r.class}
	}
	return out
}()

// Translation prefixes that embed an IPv4 address, which is what the
// packet reaches in the end.
var (
	nat64Prefix = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour   = netip.MustParsePrefix("2002::/16")
)

// AddrClass says why an address is not a public unicast address:
// "loopback", "private", "link-local", "cgnat", "unique-local",
// "multicast", "unspecified", "reserved", "documentation", "benchmarking"
// or "metadata". It returns "" for a public address. IPv4-mapped,
// NAT64 and 6to4 addresses are judged by the IPv4 address they embed; an
// address with a zone is link-local. The native callback probe uses it to
// refuse to dial private addresses.
func AddrClass(a netip.Addr) string {
	if !a.IsValid() {
		return "reserved"
	}
	if a.Zone() != "" {
		return "link-local"
	}
	a = a.Unmap()
	if a.Is6() {
		b := a.As16()
		switch {
		case nat64Prefix.Contains(a):
			return AddrClass(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case sixToFour.Contains(a):
			return AddrClass(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	for _, r := range specialRanges {
		if r.prefix.Contains(a) {
			return r.class
		}
	}
	return ""
}

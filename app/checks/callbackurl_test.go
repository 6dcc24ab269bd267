package checks

import (
	"net/netip"
	"strings"
	"testing"
)

func TestClassifyCallbackURL(t *testing.T) {
	private := []string{
		"https://127.0.0.1/notify", "https://127.0.0.1:8443/x", "https://127.255.255.254/",
		"https://2130706433/", "https://0x7f000001/", "https://017700000001/", "https://127.1/", "https://0x7f.1/", "https://0177.0.0.1/",
		"https://[::1]/", "https://[::ffff:127.0.0.1]/", "https://[::ffff:7f00:1]/", "https://[0:0:0:0:0:ffff:a00:1]/",
		"https://10.1.2.3/", "https://172.16.0.1/", "https://172.31.255.255/", "https://192.168.1.1/",
		"https://169.254.169.254/latest/meta-data/", "https://169.254.1.1/", "https://100.64.0.1/", "https://100.100.100.200/",
		"https://[fd00::1]/", "https://[fd00:ec2::254]/", "https://[fe80::1%25eth0]/", "https://[fe80::1]/",
		"https://224.0.0.1/", "https://[ff02::1]/", "https://0.0.0.0/", "https://0/", "https://[::]/",
		"https://240.0.0.1/", "https://255.255.255.255/", "https://192.0.0.8/",
		"https://192.0.2.1/", "https://198.51.100.7/", "https://203.0.113.9/", "https://[2001:db8::1]/", "https://198.18.0.1/",
		"https://[64:ff9b::7f00:1]/", "https://[2002:c0a8:101::1]/",
		"https://localhost/", "https://LOCALHOST./", "https://api.localhost/", "https://printer.local/",
		"https://metadata.google.internal/computeMetadata/v1/", "https://nas.home.arpa/", "https://intranet/", "https://metadata/",
		"https://10.0.0.1.nip.io/", "https://10-0-0-1.sslip.io/", "https://127.0.0.1.nip.io/",
		"https://%31%32%37.0.0.1/",
	}
	invalid := []string{
		"", "   ", "notaurl", "shop.example/notify", "ftp://shop.example/", "javascript:alert(1)", "https:shop.example", "//shop.example/x",
		"https://", "https://exa mple.com/", "https://shop.example:99999/", "https://shop.example:0/", "https://shop.example:x/",
		"https://0x08080808/", "https://134744072/", "https://8.8.8.010/", "https://1.2.3.4.5/", "https://256.1.1.1/", "https://1.2.3.08/",
		"https://ex!ample.com/", "https://a..b/", "https://-a.example/", "https://a-.example/", "http://a\\@b/", "https://[::g]/",
		"https://shop.example/a\nb", "https://[1.2.3.4]/", "https://%41.example/", "https://" + strings.Repeat("a", 64) + ".example/",
	}
	public := []string{
		"https://shop.example/pay/notify", "https://shop.example:8443/x?y=1#f", "https://8.8.8.8/", "https://[2606:4700::1111]/",
		"https://例子.测试/", "https://xn--fsqu00a.xn--0zwm56d/", "https://shop.example./", "HTTPS://SHOP.EXAMPLE/", "https://my_host.example/",
		"https://10.example/", "https://1.2.3.4.example/", "https://api.corporate.example/",
	}
	for _, s := range private {
		c := classifyCallbackURL(s, defaultMapHost)
		if !hasCode(c.problems, "callback.url.private") {
			t.Errorf("%q: %+v, want private", s, c.problems)
		}
	}
	for _, s := range invalid {
		c := classifyCallbackURL(s, defaultMapHost)
		if !hasCode(c.problems, "callback.url.invalid") || c.url != nil {
			t.Errorf("%q: %+v, want invalid", s, c.problems)
		}
	}
	for _, s := range public {
		if c := classifyCallbackURL(s, defaultMapHost); len(c.problems) != 0 || c.url == nil {
			t.Errorf("%q: %+v, want no problem", s, c.problems)
		}
	}
	if c := classifyCallbackURL("http://shop.example/notify", defaultMapHost); len(c.problems) != 1 || c.problems[0].code != "callback.url.insecure" || c.blocks() {
		t.Errorf("http: %+v", c.problems)
	}
	c := classifyCallbackURL("http://admin:hunter2@10.0.0.5/notify", defaultMapHost)
	var got []string
	for _, p := range c.problems {
		got = append(got, string(p.code))
		if strings.Contains(p.detail, "hunter2") {
			t.Errorf("password in detail %q", p.detail)
		}
	}
	if strings.Join(got, ",") != "callback.url.credentials,callback.url.insecure,callback.url.private" || !c.blocks() {
		t.Errorf("all problems at once: %v", got)
	}
}

func TestClassifyHostReasons(t *testing.T) {
	for host, want := range map[string]string{
		"2130706433":        "loopback|2130706433 = 127.0.0.1",
		"169.254.169.254":   "metadata|169.254.169.254",
		"100.64.1.1":        "cgnat|100.64.1.1",
		"printer.local":     "local_name|printer.local",
		"payments":          "single_label|payments",
		"10-1-2-3.sslip.io": "embedded_ip|10-1-2-3.sslip.io → 10.1.2.3",
	} {
		_, reason, detail := classifyHost(host, false)
		if got := reason + "|" + detail; got != want {
			t.Errorf("classifyHost(%q) = %q, want %q", host, got, want)
		}
	}
}

func TestParseIPv4Loose(t *testing.T) {
	for in, want := range map[string]string{
		"2130706433": "127.0.0.1", "0x7f000001": "127.0.0.1", "017700000001": "127.0.0.1", "127.1": "127.0.0.1",
		"127.0.1": "127.0.0.1", "0x7f.0.0.0x1": "127.0.0.1", "0": "0.0.0.0", "0x": "0.0.0.0", "4294967295": "255.255.255.255",
		"4294967296": "", "1.256": "1.0.1.0", "1.2.3.256": "", "09": "", "0xg": "", "1..2": "", "1.2.3.4.5": "",
	} {
		a, ok := parseIPv4Loose(in)
		if got := map[bool]string{true: a.String(), false: ""}[ok]; got != want {
			t.Errorf("parseIPv4Loose(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAddrClass(t *testing.T) {
	for in, want := range map[string]string{
		"8.8.8.8": "", "1.1.1.1": "", "2606:4700::1111": "", "127.0.0.1": "loopback", "::ffff:10.0.0.1": "private",
		"64:ff9b::a00:1": "private", "64:ff9b::808:808": "", "2002:808:808::1": "", "2002:a00:1::1": "private",
		"2001::1": "reserved", "fe80::1%eth0": "link-local", "::": "unspecified", "::1": "loopback", "169.254.170.2": "metadata",
	} {
		if got := AddrClass(netip.MustParseAddr(in)); got != want {
			t.Errorf("AddrClass(%s) = %q, want %q", in, got, want)
		}
	}
	if AddrClass(netip.Addr{}) == "" {
		t.Error("the zero Addr is not public")
	}
}

func FuzzClassifyCallbackURL(f *testing.F) {
	for _, s := range []string{"https://shop.example/notify", "http://127.1/", "https://[::ffff:7f00:1]/", "https://0x7f.1/",
		"https://user:pw@host/", "https://%31%32%37.0.0.1/", "https://10.0.0.1.nip.io/", "https://a..b/", "https://例子.测试/", "https://１２７.０.０.１/", "https://127.0.0。1/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := classifyCallbackURL(s, defaultMapHost)
		if len(c.problems) == 0 && c.url == nil {
			t.Fatalf("%q: no problem and no URL", s)
		}
		if hasCode(c.problems, "callback.url.invalid") && c.url != nil {
			t.Fatalf("%q: invalid but has a URL", s)
		}
		if c.blocks() {
			return
		}
		// Whatever passes must be http(s) to a host that is not a
		// non-public IP literal or a local name.
		if sch := strings.ToLower(c.url.Scheme); sch != "https" && sch != "http" {
			t.Fatalf("%q: scheme %q passed", s, c.url.Scheme)
		}
		host := strings.ToLower(strings.TrimSuffix(c.url.Hostname(), "."))
		if defaultMapHost != nil && !strings.HasPrefix(c.url.Host, "[") {
			// What passes is judged as browsers map it.
			m, err := defaultMapHost(c.url.Hostname())
			if err != nil {
				t.Fatalf("%q: browsers refuse host %q, yet it passed", s, c.url.Hostname())
			}
			host = strings.TrimSuffix(m, ".")
		}
		if a, err := netip.ParseAddr(host); err == nil && AddrClass(a) != "" {
			t.Fatalf("%q: private address %s passed", s, a)
		}
		if a, ok := parseIPv4Loose(host); ok && AddrClass(a) != "" {
			t.Fatalf("%q: numeric private address %s passed", s, a)
		}
		if host == "localhost" || strings.HasSuffix(host, ".localhost") || !strings.Contains(host, ".") && !strings.Contains(host, ":") {
			t.Fatalf("%q: local name %q passed", s, host)
		}
		if c.url.User != nil {
			t.Fatalf("%q: credentials passed", s)
		}
	})
}

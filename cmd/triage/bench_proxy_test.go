package main

import (
	"io"
	"net"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"
)

// benchProxy is a TCP relay in front of the widget server. The bench gives
// each visit its own relay, so each visit has its own widget origin (a
// cold profile is cold for the origin too), counts the bytes the origin
// sends (headers included, as on the wire), and can take the origin off
// the network by closing the relay: connections are then refused, as when
// the widget's server or the merchant's network is down, without touching
// the server process the harness owns.
type benchProxy struct {
	URL    string // http://127.0.0.1:PORT, the widget origin for the browser
	ln     net.Listener
	target string
	sent   atomic.Int64 // bytes from the server to the browser

	mu     sync.Mutex
	conns  map[net.Conn]bool
	closed bool
}

func newBenchProxy(t *testing.T, serverURL string) *benchProxy {
	t.Helper()
	u, err := url.Parse(serverURL)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &benchProxy{URL: "http://" + ln.Addr().String(), ln: ln, target: u.Host, conns: map[net.Conn]bool{}}
	go p.serve()
	t.Cleanup(p.Close)
	return p
}

func (p *benchProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.relay(c)
	}
}

func (p *benchProxy) relay(c net.Conn) {
	s, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	if !p.track(c, s) {
		c.Close()
		s.Close()
		return
	}
	done := make(chan struct{}, 2)
	go func() { io.Copy(s, c); done <- struct{}{} }()
	go func() { io.Copy(countingWriter{c, &p.sent}, s); done <- struct{}{} }()
	<-done
	c.Close()
	s.Close()
	<-done
	p.untrack(c, s)
}

func (p *benchProxy) track(cs ...net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	for _, c := range cs {
		p.conns[c] = true
	}
	return true
}

func (p *benchProxy) untrack(cs ...net.Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range cs {
		delete(p.conns, c)
	}
}

// Close stops accepting and cuts every open connection (kept-alive ones
// included, or the browser would keep talking to the origin over them).
func (p *benchProxy) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.closed = true
	p.ln.Close()
	for c := range p.conns {
		c.Close()
	}
}

// countingWriter adds what it writes to n.
type countingWriter struct {
	w io.Writer
	n *atomic.Int64
}

func (c countingWriter) Write(b []byte) (int, error) {
	k, err := c.w.Write(b)
	c.n.Add(int64(k))
	return k, err
}

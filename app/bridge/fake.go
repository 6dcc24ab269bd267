package bridge

import (
	"encoding/json"
	"sync"
)

// Fake is an in-memory Host for tests: Deliver plays the host page, Posted
// records what the widget sent.
type Fake struct {
	mu        sync.Mutex
	listeners []func(Message)
	posted    []Posted
}

// Posted is one event the widget sent, with its payload as JSON.
type Posted struct {
	Event   string
	Payload string
}

// Post implements Host.
func (f *Fake) Post(e Event) {
	b, err := json.Marshal(e)
	if err != nil {
		b = []byte("null")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.posted = append(f.posted, Posted{Event: e.Event(), Payload: string(b)})
}

// Listen implements Host.
func (f *Fake) Listen(fn func(Message)) func() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.listeners = append(f.listeners, fn)
	i := len(f.listeners) - 1
	return func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.listeners[i] = nil
	}
}

// Deliver hands a message to every listener, as the host page would.
func (f *Fake) Deliver(m Message) {
	f.mu.Lock()
	ls := append([]func(Message){}, f.listeners...)
	f.mu.Unlock()
	for _, fn := range ls {
		if fn != nil && Accepts(m.Type) {
			fn(m)
		}
	}
}

// Posted returns a copy of the events sent so far.
func (f *Fake) Posted() []Posted {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Posted(nil), f.posted...)
}

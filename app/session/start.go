package session

import "context"

// Start loads and verifies the platform's manifest in the background; the
// checks and channels wait for it. widgetOrigin is the widget page's
// origin, against which relative manifest locations resolve.
func (s *Session) Start(cfg Config, widgetOrigin string) {
	s.plat = newPlatformState()
	now := s.now()
	plat, f, store := s.plat, s.deps.Fetcher, s.deps.Store
	pin, pinErr := choosePin(cfg, s.deps.Pins, widgetOrigin)
	plat.pin = pin
	s.loop.Async(func() {
		if pinErr != nil {
			plat.refuse(pinErr)
		} else {
			plat.load(context.Background(), f, store, pin, widgetOrigin, now)
		}
		s.loop.Apply(func() {
			// A diagnosis waiting for this manifest shows it with its first
			// results; planning now would hold its checks up on the one thread.
			if s.opened && !s.run.done {
				return
			}
			s.replan()
		})
	})
}

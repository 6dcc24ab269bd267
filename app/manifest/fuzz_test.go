package manifest

import (
	"os"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the strict decoder and the validator:
// they must never panic, and whatever they accept must validate again.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("testdata/minimal.json"); err == nil {
		f.Add(data)
	}
	f.Add([]byte(`{"version":1,"channels":[{"hours":{"weekly":[{"days":["mon"],"open":"22:00","close":"02:00"}]}}]}`))
	f.Add([]byte(`{"a":1,"a":2}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Parse(data, testNow)
		if err != nil {
			if m != nil {
				t.Fatal("a refused manifest was returned")
			}
			return
		}
		if err := m.Validate(testNow); err != nil {
			t.Fatalf("accepted manifest fails validation: %v", err)
		}
		for _, c := range m.Channels {
			c.Hours.OpenAt(testNow)
			c.Hours.NextOpening(testNow)
		}
	})
}

package diag

import (
	"testing"

	"github.com/triage-widget/triage/app/i18n"
)

func TestMessagesComplete(t *testing.T) {
	if m := i18n.Missing(messages); len(m) > 0 {
		t.Fatalf("missing translations: %v", m)
	}
}

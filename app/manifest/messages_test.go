package manifest

import (
	"testing"

	"github.com/triage-widget/triage/app/i18n"
)

func TestMessagesComplete(t *testing.T) {
	if missing := i18n.Missing(messages); len(missing) > 0 {
		t.Errorf("messages missing a language: %v", missing)
	}
}

package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/triage-widget/triage/app/jscall"
)

// eventKey reads KeyboardEvent.key through the recover helper.
func eventKey(e app.Event) (key string, err error) {
	err = jscall.Do("event.key", func() {
		if k := e.Get("key"); k.Truthy() {
			key = k.String()
		}
	})
	return key, err
}

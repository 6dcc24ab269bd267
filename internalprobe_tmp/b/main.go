package main

import (
	"os"
	"time"

	"github.com/triage-widget/triage/app/intent"
	"github.com/triage-widget/triage/app/manifest"
)

func main() {
	m, _ := manifest.Parse([]byte(os.Args[0]), time.Now())
	println(m != nil)
	println(intent.New(m).Match(os.Args[1]).Best)
}

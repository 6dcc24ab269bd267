package manifest

import (
	"testing"

	"github.com/triage-widget/triage/app/i18n"
)

func TestMixedScripts(t *testing.T) {
	for label, want := range map[string]bool{
		"paypal":    false,
		"münchen":   false,
		"pаypal":    true, // Latin with a Cyrillic а
		"аррlе":     true, // Cyrillic with a Latin l
		"аррое":     false,
		"gοogle":    true, // Greek ο
		"goօgle":    true, // Armenian օ, one of the "other" scripts
		"例え":        false,
		"テスト-123":   false,
		"sony中国":    false,
		"三菱ufj":     false,
		"한국":        false,
		"韩国한국":      false,
		"한국テスト":     true,
		"中国-中國":     false,
		"δοκιμή":    false,
		"xn":        false,
		"παypal":    true,
		"ไทย1":      false,
		"שלוםhello": true,
	} {
		if got := scriptsOf(label).mixed(); got != want {
			t.Errorf("%q (%b): mixed = %v, want %v", label, scriptsOf(label), got, want)
		}
	}
}

func TestScriptNames(t *testing.T) {
	n := (scriptLatin | scriptCyrillic).names()
	if n.In(i18n.EN) != "Latin, Cyrillic" || n.In(i18n.ZH) != "拉丁字母、西里尔字母" {
		t.Errorf("names = %+v", n)
	}
	if len(scriptNames) != 11 || scriptOther != 1<<10 {
		t.Error("scriptNames must name every script bit")
	}
}

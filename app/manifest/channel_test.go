package manifest

import (
	"testing"
)

func TestChannelServesAndSpeaks(t *testing.T) {
	c := Channel{Regions: []string{"CN"}, Languages: []string{"zh-CN"}}
	if !c.Serves("cn") || c.Serves("US") || !c.Serves("") {
		t.Error("Serves")
	}
	if !(Channel{Regions: []string{"global"}}).Serves("US") {
		t.Error("global serves every region")
	}
	if !c.Speaks("zh") || !c.Speaks("zh-TW") || c.Speaks("en") {
		t.Error("Speaks")
	}
	if !KindFreezeAccount.Known() || Kind("fax").Known() {
		t.Error("Known")
	}
	if TelDigits("tel:+1-555-0100") != "+15550100" {
		t.Errorf("TelDigits = %q", TelDigits("tel:+1-555-0100"))
	}
}

func TestDurationText(t *testing.T) {
	var d Duration
	if err := d.UnmarshalText([]byte("1h30m")); err != nil || d.Hours() != 1 {
		t.Errorf("Duration(1h30m) = %v, %v", d, err)
	}
	if out, _ := d.MarshalText(); string(out) != "1h30m0s" {
		t.Errorf("MarshalText = %q", out)
	}
	for _, bad := range []string{"-1h", "two days", ""} {
		if d.UnmarshalText([]byte(bad)) == nil {
			t.Errorf("Duration(%q) accepted", bad)
		}
	}
}

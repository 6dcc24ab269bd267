package manifest

import (
	"github.com/triage-widget/triage/app/i18n"
)

// script is a set of writing systems, one bit each. Only the scripts whose
// letters are mistaken for one another, or that domain names commonly use,
// are told apart; the rest count as one "other" script. Full Unicode script
// tables would cost the widget far more than this check is worth.
type script uint16

const (
	scriptLatin script = 1 << iota
	scriptGreek
	scriptCyrillic
	scriptHebrew
	scriptArabic
	scriptThai
	scriptHangul
	scriptHiragana
	scriptKatakana
	scriptHan
	scriptOther
)

// scriptNames names each script bit, in bit order.
var scriptNames = []i18n.Text{
	i18n.M(i18n.ManifestScriptLatin),
	i18n.M(i18n.ManifestScriptGreek),
	i18n.M(i18n.ManifestScriptCyrillic),
	i18n.M(i18n.ManifestScriptHebrew),
	i18n.M(i18n.ManifestScriptArabic),
	i18n.M(i18n.ManifestScriptThai),
	i18n.M(i18n.ManifestScriptHangul),
	i18n.M(i18n.ManifestScriptHiragana),
	i18n.M(i18n.ManifestScriptKatakana),
	i18n.M(i18n.ManifestScriptHan),
	i18n.M(i18n.ManifestScriptOther),
}

// scriptRanges maps code point ranges to scripts; anything outside them
// and not common (digits, hyphen, combining marks) is scriptOther.
var scriptRanges = []struct {
	lo, hi rune
	s      script
}{
	{'a', 'z', scriptLatin},
	{'A', 'Z', scriptLatin},
	{0x00C0, 0x024F, scriptLatin},
	{0x1E00, 0x1EFF, scriptLatin},
	{0x0370, 0x03FF, scriptGreek},
	{0x1F00, 0x1FFF, scriptGreek},
	{0x0400, 0x052F, scriptCyrillic},
	{0x0590, 0x05FF, scriptHebrew},
	{0x0600, 0x06FF, scriptArabic},
	{0x0750, 0x077F, scriptArabic},
	{0x0E00, 0x0E7F, scriptThai},
	{0x1100, 0x11FF, scriptHangul},
	{0x3130, 0x318F, scriptHangul},
	{0xAC00, 0xD7AF, scriptHangul},
	{0x3040, 0x309F, scriptHiragana},
	{0x30A0, 0x30FF, scriptKatakana},
	{0x3400, 0x4DBF, scriptHan},
	{0x4E00, 0x9FFF, scriptHan},
	{0xF900, 0xFAFF, scriptHan},
	{0x20000, 0x3FFFF, scriptHan},
}

// scriptOf returns the script of r, or 0 for a character every script uses.
func scriptOf(r rune) script {
	if r >= '0' && r <= '9' || r == '-' || r >= 0x0300 && r <= 0x036F {
		return 0
	}
	for _, sr := range scriptRanges {
		if sr.lo <= r && r <= sr.hi {
			return sr.s
		}
	}
	return scriptOther
}

// scriptsOf returns the scripts the characters of s belong to.
func scriptsOf(s string) script {
	var set script
	for _, r := range s {
		set |= scriptOf(r)
	}
	return set
}

// mixed reports a set of more than one script, except the combinations
// real names use: Japanese (Han, Hiragana, Katakana) and Korean (Han,
// Hangul), each also with Latin, as Unicode's "highly restrictive" level
// (UTS #39) allows.
func (s script) mixed() bool {
	if s&(s-1) == 0 {
		return false
	}
	return s&^(scriptLatin|scriptHan|scriptHiragana|scriptKatakana) != 0 &&
		s&^(scriptLatin|scriptHan|scriptHangul) != 0
}

// names lists the scripts of the set in every language.
func (s script) names() i18n.Text {
	var names []i18n.Text
	for i, name := range scriptNames {
		if s&(1<<i) != 0 {
			names = append(names, name)
		}
	}
	return i18n.List(names)
}

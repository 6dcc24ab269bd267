package i18n

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// verbs are the format verbs of a message, in order.
var verbs = regexp.MustCompile(`%[-+# 0]*\d*(?:\.\d+)?[a-zA-Z%]`)

// verbsOf lists a message's verbs; %q counts as %s, since a language may
// quote with its own marks (“%s”, 「%s」) where English uses %q.
func verbsOf(msg string) []string {
	vs := verbs.FindAllString(msg, -1)
	for i, v := range vs {
		vs[i] = strings.Replace(v, "q", "s", 1)
	}
	return vs
}

// TestCatalogues: every catalogue has every message of the English one,
// with the same format verbs in the same order, and nothing else.
func TestCatalogues(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		cat  []string
	}{{ZH, zhCN[:]}, {TW, zhTW[:]}} {
		if len(c.cat) > len(en) {
			t.Errorf("%s has %d messages the English catalogue lacks", c.lang, len(c.cat)-len(en))
		}
		for id := ID(1); int(id) < len(en); id++ {
			msg := at(c.cat, id)
			switch {
			case strings.TrimSpace(en[id]) == "":
				t.Errorf("message %d has no English text", id)
			case strings.TrimSpace(msg) == "":
				t.Errorf("%s lacks message %d (%q)", c.lang, id, en[id])
			case !reflect.DeepEqual(verbsOf(msg), verbsOf(en[id])):
				t.Errorf("%s message %d %q: verbs %v, English %v", c.lang, id, msg, verbsOf(msg), verbsOf(en[id]))
			}
		}
	}
}

// TestMessagesInCatalogues: the widget's user-facing texts come from the
// catalogues; i18n.T (texts written in place) is left to tests, and every
// message of the catalogues is used.
func TestMessagesInCatalogues(t *testing.T) {
	used := map[string]bool{}
	ref := regexp.MustCompile(`i18n\.([A-Z]\w*)\b`)
	for _, root := range []string{"../../app", "../../cmd"} {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.Contains(path, "/i18n/") {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			src := string(b)
			if !strings.HasSuffix(path, "_test.go") && strings.Contains(src, "i18n.T(") {
				t.Errorf("%s writes a text in place (i18n.T): put it in the catalogues", path)
			}
			for _, m := range ref.FindAllStringSubmatch(src, -1) {
				used[m[1]] = true
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile("catalogue_en.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`(?m)^\t([A-Z]\w*)$`).FindAllStringSubmatch(string(b), -1) {
		if !used[m[1]] {
			t.Errorf("message %s is in the catalogues but unused", m[1])
		}
	}
}

package manifest

import "github.com/triage-widget/triage/app/strictjson"

// MaxSize bounds a manifest document. Real ones are tens of kilobytes; the
// bound keeps a hostile file from stalling the panel.
const MaxSize = 512 << 10

// decodeStrict checks data against the shape of *v's type and, if it fits,
// decodes it into v; see strictjson.Strict for what it refuses.
func decodeStrict(data []byte, v any, ps *problems) bool {
	if len(data) > MaxSize {
		ps.add("", codeTooLarge, msgTooLarge.Format(len(data), MaxSize))
		return false
	}
	for _, p := range strictjson.Strict(data, v) {
		ps.add(p.Path, p.Code, p.Message)
	}
	return len(ps.list) == 0
}

// join appends an object key to a JSON path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

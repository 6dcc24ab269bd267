package diag

import (
	"reflect"
	"strings"
	"sync"

	"github.com/triage-widget/triage/app/hostctx"
	"github.com/triage-widget/triage/app/strictjson"
)

// The host context's fields are named by their JSON paths, as the host page
// writes them: "balance.available", "apiKey.permissions", and for the
// orders "recentOrders.txHash". They are found by reflection on the JSON
// tags, so a field added to hostctx.Context has a path at once.

// ContextPaths lists the host context paths a check may declare, in the
// context's order.
func ContextPaths() []string {
	var out []string
	var walk func(prefix string, t reflect.Type)
	walk = func(prefix string, t reflect.Type) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := strictjson.NameOf(t, i)
			switch ft := f.Type; {
			case ft.Kind() == reflect.Struct:
				walk(prefix+name+".", ft)
			case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
				walk(prefix+name+".", ft.Elem())
			default:
				out = append(out, prefix+name)
			}
		}
	}
	walk("", reflect.TypeOf(hostctx.Context{}))
	return out
}

// knownPath reports whether path names a field of the host context.
func knownPath(path string) bool {
	_, ok := fieldPath(path)
	return ok
}

// copyField copies the field at path from src to dst and reports whether
// src gives it (it is not empty; for the orders, whether one order gives
// it). dst's orders are as many as src's.
func copyField(dst, src *hostctx.Context, path string) bool {
	idx, ok := fieldPath(path)
	if !ok {
		return false
	}
	s, d := reflect.ValueOf(src).Elem(), reflect.ValueOf(dst).Elem()
	if idx.order < 0 {
		from := s.FieldByIndex(idx.field)
		d.FieldByIndex(idx.field).Set(from)
		return from.Len() > 0
	}
	orders, dOrders := s.Field(idx.order), d.Field(idx.order)
	if dOrders.Len() < orders.Len() {
		dOrders.Set(reflect.AppendSlice(dOrders, reflect.MakeSlice(dOrders.Type(), orders.Len()-dOrders.Len(), orders.Len()-dOrders.Len())))
	}
	given := false
	for i := 0; i < orders.Len(); i++ {
		from := orders.Index(i).FieldByIndex(idx.field)
		dOrders.Index(i).FieldByIndex(idx.field).Set(from)
		given = given || from.Len() > 0
	}
	return given
}

// contextField locates a leaf of the host context: the field indexes from
// the context (or, for the orders, from an order), and the index of the
// orders' list when it is under it (else -1).
type contextField struct {
	order int
	field []int
}

var fieldPaths sync.Map // path → contextField, or nil for an unknown path

// fieldPath resolves a path once; checks read their context on every run.
func fieldPath(path string) (contextField, bool) {
	if f, ok := fieldPaths.Load(path); ok {
		cf, ok := f.(contextField)
		return cf, ok
	}
	cf, ok := resolvePath(path)
	if ok {
		fieldPaths.Store(path, cf)
	} else {
		fieldPaths.Store(path, nil)
	}
	return cf, ok
}

func resolvePath(path string) (contextField, bool) {
	cf := contextField{order: -1}
	t := reflect.TypeOf(hostctx.Context{})
	for {
		head, rest, nested := strings.Cut(path, ".")
		i, ok := strictjson.Names(t)[head]
		if !ok {
			return cf, false
		}
		f := t.Field(i)
		switch k := f.Type.Kind(); {
		case !nested:
			cf.field = append(cf.field, i)
			leaf := k == reflect.String || k == reflect.Slice && f.Type.Elem().Kind() == reflect.String
			return cf, leaf
		case k == reflect.Struct:
			cf.field = append(cf.field, i)
			t = f.Type
		case k == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct && cf.order < 0 && len(cf.field) == 0:
			cf.order = i
			t = f.Type.Elem()
		default:
			return cf, false
		}
		path = rest
	}
}

// Given reports whether ctx gives the field at path (it is not empty); an
// unknown path is never given.
func Given(ctx hostctx.Context, path string) bool {
	var dst hostctx.Context
	return copyField(&dst, &ctx, path)
}

// projectContext returns a copy of src holding only the fields at paths;
// the others are empty.
func projectContext(src *hostctx.Context, paths []string) *hostctx.Context {
	dst := new(hostctx.Context)
	for _, p := range paths {
		copyField(dst, src, p)
	}
	return dst
}

package checks

import (
	"math/big"
	"testing"
)

func TestParseDecimal(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"0", "0", true},
		{"12.50", "12.50", true},
		{"007.10", "7.10", true},
		{"-0.00", "0.00", true},
		{"-3", "-3", true},
		{"0.000000000000000000000000000001", "0.000000000000000000000000000001", true},
		{"", "", false},
		{"-", "", false},
		{".5", "", false},
		{"5.", "", false},
		{"+5", "", false},
		{"1e3", "", false},
		{"1,000", "", false},
		{" 1", "", false},
		{"1.2.3", "", false},
		{"--1", "", false},
		{"NaN", "", false},
		{"１", "", false}, // full-width digit
	} {
		d, err := ParseDecimal(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("ParseDecimal(%q) err = %v, want ok=%v", tc.in, err, tc.ok)
			continue
		}
		if tc.ok && d.String() != tc.want {
			t.Errorf("ParseDecimal(%q) = %q, want %q", tc.in, d.String(), tc.want)
		}
	}
}

func TestDecimalArithmetic(t *testing.T) {
	d := MustDecimal
	if got := d("0.1").Add(d("0.2")); got.Cmp(d("0.3")) != 0 || got.String() != "0.3" {
		t.Errorf("0.1+0.2 = %s", got)
	}
	for _, tc := range []struct{ a, b, sum, diff string }{
		{"12.50", "1.5", "14.00", "11.00"},
		{"5", "10", "15", "-5"},
		{"-5", "10", "5", "-15"},
		{"-5", "-10", "-15", "5"},
		{"0", "0", "0", "0"},
		{"99999999999999999999.99", "0.01", "100000000000000000000.00", "99999999999999999999.98"},
	} {
		if got := d(tc.a).Add(d(tc.b)).String(); got != tc.sum {
			t.Errorf("%s + %s = %s, want %s", tc.a, tc.b, got, tc.sum)
		}
		if got := d(tc.a).Sub(d(tc.b)).String(); got != tc.diff {
			t.Errorf("%s - %s = %s, want %s", tc.a, tc.b, got, tc.diff)
		}
	}
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"1", "1.000", 0}, {"-0", "0", 0}, {"1.01", "1.1", -1}, {"-2", "-1", -1}, {"10", "9.999", 1}, {"-1", "0", -1},
	} {
		if got := d(tc.a).Cmp(d(tc.b)); got != tc.want {
			t.Errorf("Cmp(%s, %s) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// FuzzDecimal checks parsing, comparison and arithmetic against math/big
// (used here as an oracle only; the implementation must not need it).
func FuzzDecimal(f *testing.F) {
	for _, s := range [][2]string{{"12.50", "1.5"}, {"0.1", "0.2"}, {"-3", "007"}, {"1e3", "x"}, {"", "-0.000"}, {"99.99", "100"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		da, errA := ParseDecimal(a)
		db, errB := ParseDecimal(b)
		ra, okA := new(big.Rat).SetString(a)
		if errA == nil && !okA {
			t.Fatalf("accepted %q that big.Rat rejects", a)
		}
		if errA != nil || errB != nil {
			return
		}
		rb, _ := new(big.Rat).SetString(b)
		if got := da.Cmp(db); got != ra.Cmp(rb) {
			t.Fatalf("Cmp(%q, %q) = %d, big says %d", a, b, got, ra.Cmp(rb))
		}
		again, err := ParseDecimal(da.String())
		if err != nil || again.Cmp(da) != 0 {
			t.Fatalf("round trip of %q via %q failed: %v", a, da.String(), err)
		}
		sum, _ := new(big.Rat).SetString(da.Add(db).String())
		if sum.Cmp(new(big.Rat).Add(ra, rb)) != 0 {
			t.Fatalf("%q + %q = %s", a, b, da.Add(db))
		}
		diff, _ := new(big.Rat).SetString(da.Sub(db).String())
		if diff.Cmp(new(big.Rat).Sub(ra, rb)) != 0 {
			t.Fatalf("%q - %q = %s", a, b, da.Sub(db))
		}
	})
}

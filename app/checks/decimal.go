package checks

import (
	"errors"
	"strings"
)

// maxDecimalLen bounds an amount string. Real amounts have a few dozen
// digits at most; the bound keeps arithmetic on hostile input cheap.
const maxDecimalLen = 80

// Decimal is an exact decimal amount, such as "12.50", parsed from the
// strings a host sends. Amounts are never converted to float: 0.1 + 0.2 must
// equal 0.3 when a merchant's balance is compared with a payment plus its
// fee. The zero value is 0.
type Decimal struct {
	neg   bool
	mag   string // magnitude digits, without leading zeros; "" is zero
	scale int    // how many of mag's last digits are fractional
}

var errDecimal = errors.New("not a decimal number (digits with an optional point, e.g. 12.50)")

// ParseDecimal parses an optionally negative decimal with an optional
// fractional part: "10", "-0.5", "12.50". Exponents, signs other than a
// leading minus, separators and spaces are rejected.
func ParseDecimal(s string) (Decimal, error) {
	if len(s) == 0 || len(s) > maxDecimalLen {
		return Decimal{}, errDecimal
	}
	var d Decimal
	if s[0] == '-' {
		d.neg = true
		s = s[1:]
	}
	intPart, frac, hasPoint := strings.Cut(s, ".")
	if intPart == "" || hasPoint && frac == "" || !allDigits(intPart) || !allDigits(frac) {
		return Decimal{}, errDecimal
	}
	d.mag = strings.TrimLeft(intPart+frac, "0")
	d.scale = len(frac)
	d.normalize()
	return d, nil
}

// MustDecimal parses s and panics on error; for constants and tests.
func MustDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic("checks.MustDecimal(" + s + "): " + err.Error())
	}
	return d
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// normalize makes zero non-negative; "-0.00" and "0" compare equal.
func (d *Decimal) normalize() {
	if d.mag == "" {
		d.neg = false
	}
}

// Sign returns -1, 0 or +1.
func (d Decimal) Sign() int {
	switch {
	case d.mag == "":
		return 0
	case d.neg:
		return -1
	}
	return 1
}

// Cmp compares d and e: -1 if d < e, 0 if equal, +1 if d > e.
func (d Decimal) Cmp(e Decimal) int {
	if ds, es := d.Sign(), e.Sign(); ds != es {
		if ds < es {
			return -1
		}
		return 1
	}
	c := cmpMag(d, e)
	if d.neg {
		return -c
	}
	return c
}

// Add returns d + e, with the larger of the two scales.
func (d Decimal) Add(e Decimal) Decimal {
	a, b, scale := align(d, e)
	if d.neg == e.neg {
		return result(d.neg, addDigits(a, b), scale)
	}
	// Opposite signs: subtract the smaller magnitude from the larger.
	if cmpDigits(a, b) >= 0 {
		return result(d.neg, subDigits(a, b), scale)
	}
	return result(e.neg, subDigits(b, a), scale)
}

// Sub returns d - e.
func (d Decimal) Sub(e Decimal) Decimal {
	e.neg = !e.neg
	e.normalize()
	return d.Add(e)
}

// String formats d with its scale: ParseDecimal("12.50").String() is "12.50".
func (d Decimal) String() string {
	digits := d.mag
	if len(digits) <= d.scale {
		digits = strings.Repeat("0", d.scale-len(digits)+1) + digits
	}
	s := digits
	if d.scale > 0 {
		s = digits[:len(digits)-d.scale] + "." + digits[len(digits)-d.scale:]
	}
	if d.neg {
		s = "-" + s
	}
	return s
}

// align returns the magnitudes of d and e as digit strings of equal length
// at a common scale.
func align(d, e Decimal) (string, string, int) {
	scale := max(d.scale, e.scale)
	a := d.mag + strings.Repeat("0", scale-d.scale)
	b := e.mag + strings.Repeat("0", scale-e.scale)
	n := max(len(a), len(b))
	return strings.Repeat("0", n-len(a)) + a, strings.Repeat("0", n-len(b)) + b, scale
}

func cmpMag(d, e Decimal) int {
	a, b, _ := align(d, e)
	return cmpDigits(a, b)
}

// cmpDigits compares equal-length digit strings.
func cmpDigits(a, b string) int { return strings.Compare(a, b) }

// addDigits adds equal-length digit strings.
func addDigits(a, b string) string {
	out := make([]byte, len(a)+1)
	carry := byte(0)
	for i := len(a) - 1; i >= 0; i-- {
		s := a[i] - '0' + b[i] - '0' + carry
		out[i+1] = s%10 + '0'
		carry = s / 10
	}
	out[0] = carry + '0'
	return string(out)
}

// subDigits subtracts equal-length digit strings, a >= b.
func subDigits(a, b string) string {
	out := make([]byte, len(a))
	borrow := 0
	for i := len(a) - 1; i >= 0; i-- {
		s := int(a[i]-'0') - int(b[i]-'0') - borrow
		borrow = 0
		if s < 0 {
			s += 10
			borrow = 1
		}
		out[i] = byte(s) + '0'
	}
	return string(out)
}

func result(neg bool, digits string, scale int) Decimal {
	d := Decimal{neg: neg, mag: strings.TrimLeft(digits, "0"), scale: scale}
	d.normalize()
	return d
}

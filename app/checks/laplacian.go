package checks

// laplacianVariance returns the variance of the Laplacian of a grayscale
// image (kernel 0 1 0 / 1 -4 1 / 0 1 0 over the interior pixels), the
// usual sharpness estimate: a blurred image has few edges, so its
// Laplacian is flat and the variance low. gray is row-major with width w.
// ok is false when the image is smaller than 3×3 or gray is not w wide.
// Integer arithmetic keeps it exact and identical in wasm and natively.
func laplacianVariance(gray []uint8, w int) (v float64, ok bool) {
	if w < 3 || len(gray)%w != 0 || len(gray)/w < 3 {
		return 0, false
	}
	h := len(gray) / w
	var sum, sumSq int64
	n := int64((w - 2) * (h - 2))
	for y := 1; y < h-1; y++ {
		row := y * w
		for x := 1; x < w-1; x++ {
			i := row + x
			l := int64(gray[i-w]) + int64(gray[i+w]) + int64(gray[i-1]) + int64(gray[i+1]) - 4*int64(gray[i])
			sum += l
			sumSq += l * l
		}
	}
	// Var = E[l²] - E[l]², computed as (n·Σl² - (Σl)²) / n² to stay in
	// integers until the final division.
	return float64(n*sumSq-sum*sum) / float64(n*n), true
}

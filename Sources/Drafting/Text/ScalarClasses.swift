extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without the Unicode tables for ASCII (tab to carriage
    /// return, and space): the same result, but the table lookup was a hot spot on long texts.
    var isSpace: Bool {
        isASCII ? value == 32 || (9...13).contains(value) : properties.isWhitespace
    }

    /// `properties.isAlphabetic`, answered without the Unicode tables for ASCII (A–Z, a–z).
    var isLetter: Bool {
        isASCII ? (65...90).contains(value) || (97...122).contains(value) : properties.isAlphabetic
    }
}

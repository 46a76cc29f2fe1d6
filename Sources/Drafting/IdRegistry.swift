/// Hands out short, lower-case ids that are unique across the whole model (`s-18-percent`, `nagata`).
struct IdRegistry {
    private var used: Set<String> = ["author"]
    /// The next suffix to try for each slug, so a thousand "s-thousands" cost a thousand steps, not a million.
    private var nextSuffix: [String: Int] = [:]

    /// `base` as a slug, with `-2`, `-3`… appended when it is taken.
    mutating func make(_ base: String) -> String {
        let slug = IdRegistry.slug(base)
        var id = slug
        var n = nextSuffix[slug] ?? 2
        while used.contains(id) { id = "\(slug)-\(n)"; n += 1 }
        nextSuffix[slug] = n
        used.insert(id)
        return id
    }

    /// Lower-case ASCII letters and digits joined by single hyphens, at most 40 characters.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if scalar == "%" {
                if !out.isEmpty { out += "-" }
                out += "percent"
                pendingHyphen = false
                continue
            }
            let lower = Character(scalar).lowercased()
            if lower.count == 1, let c = lower.unicodeScalars.first, c.isASCII,
               ("a"..."z").contains(c) || ("0"..."9").contains(c) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(c)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
            if out.count >= 40 { break }
        }
        return out.isEmpty ? "item" : out
    }
}

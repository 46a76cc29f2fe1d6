extension ArticleModel {
    /// The body paragraph numbered `number`, if any.
    package func paragraph(_ number: Int) -> Paragraph? {
        // Paragraphs are numbered 1, 2, 3… in order: look at the number's place first.
        if number >= 1, number <= paragraphs.count, paragraphs[number - 1].number == number { return paragraphs[number - 1] }
        return paragraphs.first { $0.number == number }
    }

    /// The article's exact words at `location` (as printed, typographic marks and all); `nil`
    /// when the location lies outside its paragraph.
    package func words(at location: Location) -> String? {
        guard let text = paragraph(location.paragraph)?.text, location.offset >= 0, location.length > 0,
              let start = text.index(text.startIndex, offsetBy: location.offset, limitedBy: text.endIndex),
              let end = text.index(start, offsetBy: location.length, limitedBy: text.endIndex) else { return nil }
        return String(text[start..<end])
    }

    /// The article's exact words of an excerpted item, with its paragraph; `nil` until located.
    package func support(for item: some Excerpted) -> SupportingExcerpt? {
        guard let location = item.location, let text = words(at: location) else { return nil }
        return SupportingExcerpt(paragraph: location.paragraph, text: text)
    }
}

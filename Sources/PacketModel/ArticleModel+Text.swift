extension ArticleModel {
    /// The body paragraph numbered `number`, if any.
    package func paragraph(_ number: Int) -> Paragraph? {
        paragraphs.first { $0.number == number }
    }

    /// The article's exact words at `location` (as printed, typographic marks and all); `nil`
    /// when the location lies outside its paragraph.
    package func words(at location: Location) -> String? {
        guard let text = paragraph(location.paragraph)?.text, location.offset >= 0, location.length > 0 else { return nil }
        let characters = Array(text)
        guard location.offset + location.length <= characters.count else { return nil }
        return String(characters[location.offset..<(location.offset + location.length)])
    }

    /// The article's exact words of an excerpted item, with its paragraph; `nil` until located.
    package func support(for item: some Excerpted) -> SupportingExcerpt? {
        guard let location = item.location, let text = words(at: location) else { return nil }
        return SupportingExcerpt(paragraph: location.paragraph, text: text)
    }
}

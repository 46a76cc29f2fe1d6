import Foundation
import PacketModel
import XlsxWriter

extension DocumentProperties {
    /// Title, subject, author and keywords from the article; created at the publication date
    /// so the same input always gives the same bytes.
    static func packet(_ input: RenderInput, edition: WorkbookEdition) -> DocumentProperties {
        let meta = input.article.metadata
        return DocumentProperties(
            title: meta.title,
            subject: "Classroom workbook, \(edition.rawValue) edition, for \(input.audience.displayName)",
            author: meta.author ?? meta.outlet,
            company: meta.outlet,
            category: meta.genre.rawValue,
            keywords: (meta.tags + [input.audience.name, edition.rawValue]).joined(separator: ", "),
            comments: "Made by packet from the article model \(input.article.id).",
            created: meta.published.date.unixTime)
    }
}

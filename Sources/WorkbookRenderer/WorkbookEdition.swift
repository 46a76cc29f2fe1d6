/// Which of the two workbooks is being written.
package enum WorkbookEdition: String, Sendable, CaseIterable {
    /// Every sheet, with answers, teacher notes and the gradebook.
    case teacher
    /// No answers anywhere: no key or gradebook sheet, no teacher-only columns or notes.
    case student

    /// The packet path of this edition's workbook.
    package var path: String { "\(rawValue)/workbook.xlsx" }
}

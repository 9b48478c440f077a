import ProbisModel
import Yams

extension DocumentReader {
    /// The `sop:` block of a flow or a peta lintas fungsi: unknown keys, dates that are not days of the
    /// calendar and a NIP that is not 18 digits are each one located error.
    func sopInfo(_ reader: MappingReader) -> SOPInfo? {
        guard let sop = reader.mapping("sop", what: "'sop' of \(reader.what)", element: ProcessMapsFormat.sop) else { return nil }
        func date(_ key: String, _ title: String) -> CalendarDate? {
            guard let node = sop.node(key) else { return nil }
            return self.date(node, what: "\(title) ('\(key)' of \(sop.what))")
        }
        var approval: SOPApproval?
        if let signer = sop.mapping("disahkan-oleh", what: "'disahkan-oleh' of \(sop.what)", element: ProcessMapsFormat.sopApproval),
           let jabatan = signer.string("jabatan") {
            var nip = signer.string("nip")
            if let text = nip, text.count != 18 || !text.allSatisfy(\.isASCII) || !text.allSatisfy(\.isNumber) {
                context.error(.wrongType, at: signer.location("nip"), "NIP '\(text.escapingControlCharacters)' of \(signer.what) must be 18 digits")
                nip = nil
            }
            approval = SOPApproval(jabatan: jabatan, nama: signer.string("nama"), nip: nip)
        }
        return SOPInfo(
            nomor: sop.string("nomor"), unit: sop.string("unit"),
            dibuat: date("dibuat", "Tanggal Pembuatan"), direvisi: date("direvisi", "Tanggal Revisi"),
            efektif: date("efektif", "Tanggal Efektif"), pengesahan: approval,
            peralatan: sop.strings("peralatan"), peringatan: sop.strings("peringatan"),
            pencatatan: sop.strings("pencatatan"), location: sop.location)
    }
}

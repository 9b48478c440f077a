import ProbisModel
import Yams

extension DocumentWriter {
    /// The `sop:` block of a flow, or `nil` when the flow has none.
    func sopNode(_ sop: SOPInfo?) -> Node? {
        guard let sop else { return nil }
        var builder = NodeBuilder(ProcessMapsFormat.sop)
        builder.add("nomor", sop.nomor)
        builder.add("unit", sop.unit)
        // Dates plain, as analysts write them (the reader takes any scalar's text).
        for (key, date) in [("dibuat", sop.dibuat), ("direvisi", sop.direvisi), ("efektif", sop.efektif)] {
            if let date { builder.add(key, node: Node(date.description, .implicit, .plain)) }
        }
        if let approval = sop.pengesahan {
            var nested = NodeBuilder(ProcessMapsFormat.sopApproval)
            nested.add("jabatan", approval.jabatan)
            nested.add("nama", approval.nama)
            nested.add("nip", approval.nip)
            builder.add("disahkan-oleh", node: nested.node)
        }
        builder.add("peralatan", sop.peralatan)
        builder.add("peringatan", sop.peringatan)
        builder.add("pencatatan", sop.pencatatan)
        return builder.node
    }
}

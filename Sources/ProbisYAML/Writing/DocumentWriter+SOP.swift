import ProbisModel
import Yams

extension DocumentWriter {
    /// The `sop:` block of a flow, or `nil` when the flow has none.
    func sopNode(_ sop: SOPInfo?) -> Node? {
        guard let sop else { return nil }
        var builder = NodeBuilder(ProcessMapsFormat.sop)
        builder.add("nomor", sop.nomor)
        builder.add("unit", sop.unit)
        builder.add("dibuat", sop.dibuat?.description)
        builder.add("direvisi", sop.direvisi?.description)
        builder.add("efektif", sop.efektif?.description)
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

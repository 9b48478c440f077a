import ProbisModel
import ProbisTables
import Testing

/// Reading ABK tables: header spellings, numbers, and every bad cell as one located line.
struct AbkTableReaderTests {
    static let header = "unit,jabatan,uraian tugas,hasil kerja,satuan,volume,periode,norma waktu,satuan waktu,langkah\n"

    /// The coded diagnostics of reading a table, or "" when it reads.
    func problems(_ text: String) -> [String] {
        do {
            _ = try AbkTableReader.read(text: text, file: "abk.csv")
            return []
        } catch {
            return error.diagnostics.map(\.codedDescription)
        }
    }

    @Test func readsIndonesianHeadersWithSemicolonsAndDecimalCommas() throws {
        let text = "\u{FEFF}No;Unit Kerja;NAMA_JABATAN;Uraian  Tugas;Hasil Kerja;Satuan Hasil;Jumlah;Periode Volume;Waktu Penyelesaian;Satuan Norma\n"
            + "1;p2p;Kepala Seksi;Meninjau hasil;Dokumen;dokumen;1,5;minggu;1,5;jam\n"
            + ";;;;;;;;;\n"
            + "2;p2p;pelaksana;\"Mengentri data; kasus\";Data;berkas;1.250,5;tahun;30;menit\n"
        let table = try AbkTableReader.read(text: text, file: "abk.csv")
        #expect(table.rows == [
            AbkRow(unit: "p2p", jabatan: "Kepala Seksi", uraianTugas: "Meninjau hasil", hasilKerja: "Dokumen", satuan: "dokumen",
                   volume: 1.5, period: .minggu, normaMinutes: 90),
            AbkRow(unit: "p2p", jabatan: "pelaksana", uraianTugas: "Mengentri data; kasus", hasilKerja: "Data", satuan: "berkas",
                   volume: 1250.5, period: .tahun, normaMinutes: 30),
        ])
        #expect(table.rows.map { $0.cells[.volume]?.description } == ["abk.csv:2:51", "abk.csv:4:53"])
    }

    @Test func readsEnglishHeadersAndTheStepColumn() throws {
        let text = "Department,Position,Task,Output,Output unit,Quantity,Period,Standard time,Time unit,Step\n"
            + "kesmas,jf-ahli-pertama,Visit,Report,report,4,month,14,hours,laksana-3\n"
        let table = try AbkTableReader.read(text: text, file: "abk.csv")
        #expect(table.rows == [AbkRow(unit: "kesmas", jabatan: "jf-ahli-pertama", uraianTugas: "Visit", hasilKerja: "Report",
                                      satuan: "report", volume: 4, period: .bulan, normaMinutes: 840, step: "laksana-3")])
    }

    @Test func headerTypoIsLocatedWithASuggestion() {
        #expect(problems("unit,jabatan,uraian tugas,volum,periode,norma waktu\n") == [
            "abk.csv:1:27: error[abk-unknown-column]: unknown column 'volum' in ABK table (did you mean 'volume'?)",
        ])
        #expect(problems("unit,jabatan,uraian tugas,volume,periode\n") == [
            "abk.csv:1:1: error[abk-missing-column]: ABK table 'abk.csv' lacks column 'norma waktu'",
        ])
    }

    @Test func badCellsAreLocatedOneLinePerRow() {
        let text = Self.header
            + "p2p,pelaksana,Entri,Data,berkas,10 dokumen,bulan,30,menit,\n"
            + "p2p,pelaksana,Entri,Data,berkas,-3,bulan,30,menit,\n"
            + "p2p,pelaksana,Entri,Data,berkas,,bulan,30,menit,\n"
            + "p2p,pelaksana,Entri,Data,berkas,3,bulanan,0,menit,\n"
            + "p2p,pelaksana,Entri,Data,berkas,3,triwulan,30,menit,\n"
            + "p2p,pelaksana,Entri,Data,berkas,3,bulan,0,menit,\n"
            + "p2p,pelaksana,Entri,Data,berkas,3,bulan,30,detik,\n"
        #expect(problems(text) == [
            "abk.csv:2:33: error[abk-invalid-value]: volume '10 dokumen' is not a number (write the satuan 'dokumen' in the satuan column)",
            "abk.csv:3:33: error[abk-invalid-value]: volume -3 is negative",
            "abk.csv:4:33: error[abk-invalid-value]: missing volume in ABK row",
            "abk.csv:5:43: error[abk-invalid-value]: norma waktu 0 must be more than 0",
            "abk.csv:6:35: error[abk-invalid-value]: unknown periode 'triwulan'; expected hari, minggu, bulan or tahun",
            "abk.csv:7:41: error[abk-invalid-value]: norma waktu 0 must be more than 0",
            "abk.csv:8:44: error[abk-invalid-value]: unknown satuan waktu 'detik'; expected menit or jam",
        ])
    }

    @Test func aPeriodTypoGetsASuggestion() {
        #expect(problems(Self.header + "p2p,pelaksana,Entri,Data,berkas,3,minngu,30,menit,\n") == [
            "abk.csv:2:35: error[abk-invalid-value]: unknown periode 'minngu'; expected hari, minggu, bulan or tahun (did you mean 'minggu'?)",
        ])
    }

    @Test func anUnclosedQuoteIsLocated() {
        #expect(problems(Self.header + "p2p,pelaksana,\"Entri\"x,Data,berkas,3,bulan,30,menit,\n") == [
            "abk.csv:2:22: error[abk-invalid-value]: ABK table 'abk.csv' is not valid CSV: a quoted cell must end at its closing quote",
        ])
    }
}

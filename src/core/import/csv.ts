// A small RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks inside.

/** Rows of fields; a final empty line is not a row. Never throws: an unclosed quote runs to the end. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = "";
	let quoted = false;
	let i = 0;
	while (i < text.length) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i += 2;
				continue;
			}
			if (char === '"') quoted = false;
			else field += char;
			i++;
			continue;
		}
		if (char === '"' && field === "") quoted = true;
		else if (char === ",") {
			row.push(field);
			field = "";
		} else if (char === "\n" || char === "\r") {
			row.push(field);
			rows.push(row);
			row = [];
			field = "";
			if (char === "\r" && text[i + 1] === "\n") i++;
		} else field += char;
		i++;
	}
	if (field !== "" || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows.filter((fields) => !(fields.length === 1 && fields[0] === ""));
}

/** Rows as records keyed by the header row's names (trimmed); missing fields are "". */
export function csvRecords(text: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text);
	if (!header) return [];
	const names = header.map((name) => name.trim());
	return rows.map((fields) => {
		const record: Record<string, string> = {};
		names.forEach((name, index) => (record[name] = fields[index] ?? ""));
		return record;
	});
}

// Round-trips JSON files through the Go types quicktype generates from the schemas.
//
// Each line of standard input is `KIND<TAB>IN<TAB>OUT`: KIND is `report` or `findings`, IN the
// file to read, OUT where to write it back. A report picks its type by its "edition" tag, as
// a Go program reading reports would. Reading is strict (unknown fields and trailing data
// are refused). Each line of standard output is `ok`, or `refused<TAB>why`.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"ogireport/findings"
	"ogireport/format2019"
	"ogireport/format2021"
	"ogireport/regulation2008"
)

func strict(data []byte, v any) error {
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(v); err != nil {
		return err
	}
	if decoder.More() {
		return fmt.Errorf("data after the value")
	}
	return nil
}

func target(kind string, data []byte) (any, error) {
	if kind == "findings" {
		return &findings.OgiReportFindings{}, nil
	}
	var tag struct {
		Edition string `json:"edition"`
	}
	if err := json.Unmarshal(data, &tag); err != nil {
		return nil, err
	}
	switch tag.Edition {
	case "format_2021":
		return &format2021.Format2021Report{}, nil
	case "format_2019":
		return &format2019.Format2019Report{}, nil
	case "regulation_2008":
		return &regulation2008.Regulation2008Report{}, nil
	}
	return nil, fmt.Errorf("no type for the edition %q", tag.Edition)
}

func roundTrip(kind, in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	value, err := target(kind, data)
	if err != nil {
		return err
	}
	if err := strict(data, value); err != nil {
		return err
	}
	written, err := json.Marshal(value)
	if err != nil {
		return err
	}
	return os.WriteFile(out, written, 0o644)
}

func main() {
	lines := bufio.NewScanner(os.Stdin)
	for lines.Scan() {
		fields := strings.Split(lines.Text(), "\t")
		if len(fields) != 3 {
			fmt.Fprintf(os.Stderr, "expected KIND<TAB>IN<TAB>OUT, found %q\n", lines.Text())
			os.Exit(2)
		}
		if err := roundTrip(fields[0], fields[1], fields[2]); err != nil {
			fmt.Printf("refused\t%s\n", strings.ReplaceAll(err.Error(), "\n", " "))
		} else {
			fmt.Println("ok")
		}
	}
}

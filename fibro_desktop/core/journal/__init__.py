"""The spasm journal's pure side: records, validation and red-flag rules."""

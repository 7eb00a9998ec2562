module ogireport

go 1.19

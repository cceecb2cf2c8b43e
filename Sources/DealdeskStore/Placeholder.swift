// DealdeskStore

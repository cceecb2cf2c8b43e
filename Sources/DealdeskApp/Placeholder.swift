// DealdeskApp

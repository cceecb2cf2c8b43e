// DealdeskCore

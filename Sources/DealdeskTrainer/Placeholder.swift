// DealdeskTrainer

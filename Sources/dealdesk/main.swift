print("dealdesk")

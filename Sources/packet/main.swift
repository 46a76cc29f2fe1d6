print("packet")

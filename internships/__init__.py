"""internships"""
